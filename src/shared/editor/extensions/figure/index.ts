export { Figure, type FigureAttributes, type FigureOptions } from './figure';
