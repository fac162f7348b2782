// Type-checked by both tsconfig.node.json and tsconfig.web.json: no Node modules or globals here.
import { describe, expect, it } from 'vitest';
import { countWords, docProblem, DocSchema, docText, emptyDoc, maxDocDepth, maxDocNodes, type DocNode } from './doc';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** A document `depth` levels deep, the doc itself being level 1. */
function nested(depth: number): DocNode {
  let node: DocNode = { type: 'paragraph' };
  for (let level = depth - 1; level > 1; level--) node = { type: 'blockquote', content: [node] };
  return depth === 1 ? { type: 'doc' } : doc(node);
}

describe('docText', () => {
  it('is empty for an empty document', () => {
    expect(docText(emptyDoc())).toBe('');
    expect(docText({ type: 'doc' })).toBe('');
  });

  it('joins the text runs of a paragraph, ignoring marks', () => {
    const marked: DocNode = { type: 'text', text: 'bold', marks: [{ type: 'bold' }] };
    expect(docText(doc(paragraph(text('Some '), marked, text(' words'))))).toBe('Some bold words');
  });

  it('puts each block on its own line and trims the ends', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
      paragraph(text('First.')),
      paragraph(),
      paragraph(text('Second.')),
      { type: 'codeBlock', content: [text('let x = 1;')] },
      { type: 'horizontalRule' },
      paragraph(text('After the rule.')),
    );
    expect(docText(body)).toBe('Title\nFirst.\nSecond.\nlet x = 1;\nAfter the rule.');
  });

  it('turns a hard break into a line break', () => {
    expect(docText(doc(paragraph(text('line one'), { type: 'hardBreak' }, text('line two'))))).toBe(
      'line one\nline two',
    );
  });

  it('collapses the blank lines of nested blocks: quotes and lists', () => {
    const body = doc(
      { type: 'blockquote', content: [paragraph(text('Quoted one')), paragraph(text('Quoted two'))] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Item A'))] },
          { type: 'listItem', content: [paragraph(text('Item B'))] },
        ],
      },
      paragraph(text('End')),
    );
    expect(docText(body)).toBe('Quoted one\nQuoted two\nItem A\nItem B\nEnd');
  });

  it('keeps spaces inside the text as they are', () => {
    expect(docText(doc(paragraph(text('  spaced   out  '))))).toBe('spaced   out');
  });
});

describe('countWords', () => {
  it.each<[string, number]>([
    ['', 0],
    ['   ', 0],
    ['\n\t\r ', 0],
    ['word', 1],
    ['two words', 2],
    ['  leading and trailing  ', 3],
    ['many    spaces\tand\ttabs\nand\r\nlines', 6],
    ['non\u00a0breaking', 2],
    ['thin\u2009space and narrow\u202fno-break', 5],
    ['hyphenated-word stays one', 3],
    ['punctuation , counts as a word', 6],
    ['em—dash joined', 2],
    ['emoji 📰 counts', 3],
    ['Zoë Ångström écrit', 3],
  ])('counts %j as %i', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });

  it('agrees with docText on a real document', () => {
    const body = doc(paragraph(text('One two three')), paragraph(text('four'), { type: 'hardBreak' }, text('five')));
    expect(countWords(docText(body))).toBe(5);
  });
});

describe('docProblem', () => {
  it('accepts sound documents', () => {
    expect(docProblem(emptyDoc())).toBeNull();
    expect(docProblem({ type: 'doc' })).toBeNull();
    expect(
      docProblem(
        doc(
          { type: 'heading', attrs: { level: 2 }, content: [text('Head')] },
          paragraph({ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] }),
        ),
      ),
    ).toBeNull();
    expect(docProblem(Object.assign(Object.create(null) as object, { type: 'doc' }))).toBeNull();
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'doc'],
    ['a number', 1],
    ['an array', [{ type: 'doc' }]],
    ['a paragraph', { type: 'paragraph' }],
    ['a type hidden in __proto__', JSON.parse('{"__proto__": {"type": "doc"}}')],
    ['an object with an inherited type', Object.create({ type: 'doc' })],
    ['a Map', new Map([['type', 'doc']])],
    [
      'a class instance',
      new (class Doc {
        type = 'doc';
      })(),
    ],
  ])('refuses %s as the root', (_label, value) => {
    expect(docProblem(value)).toBe('the body must be a document whose type is "doc"');
  });

  it(`allows nesting ${maxDocDepth} levels deep and refuses ${maxDocDepth + 1}`, () => {
    expect(docProblem(nested(maxDocDepth))).toBeNull();
    expect(docProblem(nested(maxDocDepth + 1))).toBe(`the body is nested deeper than ${maxDocDepth} levels`);
    expect(docProblem(nested(100))).toBe(`the body is nested deeper than ${maxDocDepth} levels`);
  });

  it('refuses very deep nesting quickly, without recursion', () => {
    // Far deeper than any call stack could walk recursively.
    expect(() => docProblem(nested(200_000))).not.toThrow();
    expect(docProblem(nested(200_000))).toBe(`the body is nested deeper than ${maxDocDepth} levels`);
  });

  it(`allows ${maxDocNodes} nodes and refuses one more`, () => {
    const leaf = text('a');
    const atLimit = { type: 'doc', content: new Array<DocNode>(maxDocNodes - 1).fill(leaf) };
    expect(docProblem(atLimit)).toBeNull();
    const overLimit = { type: 'doc', content: new Array<DocNode>(maxDocNodes).fill(leaf) };
    expect(docProblem(overLimit)).toBe(`the body has more than ${maxDocNodes} nodes`);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'text'],
    ['a number', 3],
    ['an array', [{ type: 'text', text: 'x' }]],
    ['a boolean', true],
    ['a Date', new Date(0)],
  ])('refuses %s as a node', (_label, node) => {
    expect(docProblem({ type: 'doc', content: [paragraph(), node] })).toBe('every body node must be an object');
  });

  it.each<[string, unknown, string]>([
    ['a node without a type', { text: 'x' }, 'every body node needs a type name'],
    ['an empty type', { type: '' }, 'every body node needs a type name'],
    ['a numeric type', { type: 5 }, 'every body node needs a type name'],
    ['a 65-character type', { type: 't'.repeat(65) }, 'every body node needs a type name'],
    ['text that is not a string', { type: 'text', text: 42 }, 'a text node must hold a string'],
    ['attributes that are a list', { type: 'heading', attrs: [1] }, 'node attributes must be an object'],
    ['attributes that are null', { type: 'heading', attrs: null }, 'node attributes must be an object'],
    ['marks that are not a list', { type: 'text', text: 'x', marks: { type: 'bold' } }, 'marks must be a list'],
    ['a mark without a type', { type: 'text', text: 'x', marks: [{}] }, 'every mark needs a type name'],
    ['a mark that is a string', { type: 'text', text: 'x', marks: ['bold'] }, 'every mark needs a type name'],
    [
      'mark attributes that are a string',
      { type: 'text', text: 'x', marks: [{ type: 'link', attrs: 'https://x' }] },
      'mark attributes must be an object',
    ],
    ['content that is not a list', { type: 'paragraph', content: { type: 'text' } }, 'node content must be a list'],
  ])('refuses %s', (_label, node, message) => {
    expect(docProblem({ type: 'doc', content: [node] })).toBe(message);
  });

  it('accepts a 64-character type name', () => {
    expect(docProblem({ type: 'doc', content: [{ type: 't'.repeat(64) }] })).toBeNull();
  });

  it('does no harm with prototype-polluting keys, wherever they are', () => {
    const hostile = JSON.parse(
      `{
        "type": "doc",
        "__proto__": { "polluted": "root" },
        "constructor": { "prototype": { "polluted": "ctor" } },
        "content": [
          { "type": "paragraph", "__proto__": { "polluted": "node" },
            "attrs": { "__proto__": { "polluted": "attrs" } },
            "content": [ { "type": "text", "text": "hi", "marks": [ { "type": "bold", "__proto__": { "polluted": "mark" } } ] } ] }
        ]
      }`,
    ) as unknown;
    expect(docProblem(hostile)).toBeNull();
    expect(docText(hostile as DocNode)).toBe('hi');
    expect(DocSchema.safeParse(hostile).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('DocSchema', () => {
  it('passes a sound document through unchanged', () => {
    const body = doc(paragraph(text('kept')));
    const result = DocSchema.safeParse(body);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(body);
  });

  it('reports the problem docProblem finds', () => {
    const result = DocSchema.safeParse(nested(maxDocDepth + 1));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([
      `the body is nested deeper than ${maxDocDepth} levels`,
    ]);
  });
});
