// Stands in for a stylesheet import in the jsdom specs (see jest.config.js).
export {};
