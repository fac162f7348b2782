/**
 * Headlines in the shapes news desks use: who does what, the quote headline, the
 * explainer, the number headline. Sentence case, as most English-language desks write.
 */
import { between, pick, type Random } from './random';
import { capitalise, type TextMaker } from './synthetic-text';
import { headlineAdjectives, headlineVerbs } from './vocabulary';

const actors = [
  'council',
  'government',
  'ministers',
  'police',
  'union',
  'court',
  'regulator',
  'board',
  'hospital trust',
  'university',
  'mayor',
  'opposition',
];

export interface HeadlineContext {
  random: Random;
  maker: TextMaker;
  topic: readonly string[];
  place: string;
  person: string;
}

type Shape = (c: HeadlineContext) => string;

const t = (c: HeadlineContext): string => pick(c.random, c.topic);
const surname = (c: HeadlineContext): string => c.person.split(' ').slice(-1)[0]!;

const shapes: Shape[] = [
  (c) => `${c.place} ${pick(c.random, actors)} ${pick(c.random, headlineVerbs)} ${t(c)} ${t(c)} plan`,
  (c) =>
    `${c.person} ${pick(c.random, headlineVerbs)} ${pick(c.random, headlineAdjectives)} ${t(c)} as ${t(c)} row grows`,
  (c) => `${capitalise(t(c))} ${t(c)}: what the ${pick(c.random, headlineAdjectives)} ${t(c)} means for ${c.place}`,
  (c) => `‘${capitalise(c.maker.words(between(c.random, 3, 6)).join(' '))}’: ${surname(c)} on the ${t(c)}`,
  (c) => `How ${c.place} changed its ${t(c)} ${t(c)}`,
  (c) => `${between(c.random, 3, 10)} things to know about the ${t(c)} ${t(c)}`,
  (c) =>
    `${capitalise(pick(c.random, actors))} ${pick(c.random, headlineVerbs)} ${t(c)} after ${pick(c.random, headlineAdjectives)} ${t(c)} ${t(c)}`,
  (c) => `${capitalise(t(c))} in ${c.place}: ${c.maker.words(between(c.random, 3, 5)).join(' ')}`,
  (c) =>
    `${capitalise(pick(c.random, headlineAdjectives))} ${t(c)} ${pick(c.random, headlineVerbs)} ${c.place} ${t(c)}`,
  (c) => `Why the ${t(c)} ${t(c)} matters more than ${c.place} admits`,
];

export function syntheticHeadline(context: HeadlineContext, language: string): string {
  if (language !== 'en') {
    // Stories in other languages: their own words around the place, no English shape.
    return capitalise(`${context.maker.words(between(context.random, 4, 8)).join(' ')} ${context.place}`);
  }
  return capitalise(pick(context.random, shapes)(context));
}
