// Thrown errors are for bugs and bad configuration only; they say what was expected and how to fix it.

export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}
