export {
  buildTimeline,
  type Timeline,
  type TimelineArticle,
  type TimelineEntry,
  type TimelineSupport,
} from './build-timeline.ts';
