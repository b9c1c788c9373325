// How the UI names the outlet behind an article: the brief's rule, so pages and briefs agree.
export { outletName, type OutletFields } from '../brief/index.ts';
