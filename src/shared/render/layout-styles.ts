// Each layout's stylesheet, one constant string each: the app's own policy allows exactly
// these (by hash, see src/main/content-security-policy.ts), so the preview shows them
// without allowing inline styles in general. Changing a sheet changes its hash: the
// policy test says which hash to put in.

const shared =
  'figure{margin:0 0 1.25em}figure img{display:block;max-width:100%;height:auto}' +
  'figcaption{font-size:.85em;color:#555;margin-top:.4em}.figure__credit{color:#777;text-transform:uppercase;font-size:.9em}' +
  '.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.8em;color:#b00020;font-weight:700;margin:0 0 .4em}' +
  '.meta{color:#555;font-size:.9em}.dateline{font-weight:700;text-transform:uppercase}' +
  'blockquote{margin:1.25em 0;padding-left:1em;border-left:3px solid #ccc;color:#333}' +
  '.pull-quote{font-size:1.4em;font-style:italic;border-top:2px solid #111;border-bottom:2px solid #111;margin:1.25em 0;padding:.5em 0}' +
  '.social-post{border:1px solid #ddd;border-radius:8px;padding:.75em 1em}.social-post footer{font-size:.85em;color:#555}' +
  '.source-line{font-style:italic;color:#555}' +
  '.related{border-top:2px solid #111;margin-top:2em}.related ul{list-style:none;padding:0}' +
  '.related__item{border-bottom:1px solid #ddd;padding:.75em 0}.related__headline{font-weight:700;margin:0}' +
  '.related__meta{font-size:.85em;color:#555;margin:.2em 0}.related__excerpt{margin:.2em 0;font-size:.95em}' +
  'a{color:#0645ad}';

export const layoutStyles = {
  web:
    'body{margin:0;background:#fff;color:#111;font:18px/1.6 Georgia,"Times New Roman",serif}' +
    'main{max-width:720px;margin:0 auto;padding:32px 20px}h1{font-size:2.2em;line-height:1.15;margin:.2em 0}' +
    '.standfirst{font-size:1.2em;color:#333}.hero{margin:1.5em 0}' +
    shared,
  mobile:
    'body{margin:0;background:#fff;color:#111;font:17px/1.55 -apple-system,"Segoe UI",Roboto,sans-serif}' +
    'main{max-width:430px;margin:0 auto;padding:16px}h1{font-size:1.6em;line-height:1.2;margin:.2em 0}' +
    '.standfirst{font-size:1.05em;color:#333}.hero{margin:1em -16px}.hero figcaption{padding:0 16px}' +
    shared,
  print:
    '@page{size:A4;margin:18mm}body{margin:0;color:#000;background:#fff;font:10.5pt/1.4 Georgia,"Times New Roman",serif}' +
    'main{max-width:190mm;margin:0 auto;padding:12px}h1{font-size:26pt;line-height:1.1;margin:.1em 0 .3em;column-span:all}' +
    '.article-header,.hero{column-span:all}.standfirst{font-size:13pt}' +
    '.columns{column-count:3;column-gap:6mm;column-rule:1px solid #bbb;text-align:justify;hyphens:auto}' +
    '.columns p{margin:0 0 .5em;text-indent:1em}.columns p:first-child{text-indent:0}' +
    '.columns figure,.columns blockquote,.columns aside{break-inside:avoid}' +
    '.related{column-span:all}@media print{a{color:#000;text-decoration:none}.related{break-before:avoid}}' +
    shared,
  newsletter: 'body{margin:0;padding:0;background:#f2f2f2}img{border:0}',
  social:
    'html,body{margin:0;padding:0}body{width:1200px;height:630px;overflow:hidden;background:#111;color:#fff;' +
    'font:700 20px/1.2 -apple-system,"Segoe UI",Roboto,sans-serif}' +
    '.card{position:relative;width:1200px;height:630px;overflow:hidden}' +
    '.card img{position:absolute;inset:0;width:1200px;height:630px;object-fit:cover}' +
    '.card__shade{position:absolute;inset:0;background:linear-gradient(180deg,rgba(0,0,0,0) 30%,rgba(0,0,0,.85) 100%)}' +
    '.card__text{position:absolute;left:60px;right:60px;bottom:50px}' +
    '.card__kicker{font-size:24px;text-transform:uppercase;letter-spacing:.08em;color:#ffcc00;margin:0 0 12px}' +
    '.card h1{font-size:60px;line-height:1.08;margin:0 0 20px;max-height:195px;overflow:hidden}' +
    '.card__outlet{font-size:26px;font-weight:400;opacity:.9;margin:0}',
} as const;

/** Inline styles of the newsletter (email clients drop <style>): each value is allowlisted by hash too. */
export const newsletterStyles = {
  outer: 'background:#f2f2f2;padding:24px 0',
  table: 'width:600px;max-width:600px;margin:0 auto;background:#ffffff;border-collapse:collapse',
  cell: 'padding:24px 32px;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#111111',
  masthead:
    'padding:16px 32px;background:#111111;color:#ffffff;font-family:Arial,sans-serif;font-size:14px;font-weight:bold;letter-spacing:1px;text-transform:uppercase',
  kicker:
    'margin:0 0 6px;color:#b00020;font-family:Arial,sans-serif;font-size:12px;font-weight:bold;text-transform:uppercase',
  headline: 'margin:0 0 12px;font-size:28px;line-height:1.2;color:#111111',
  standfirst: 'margin:0 0 12px;font-size:18px;color:#333333',
  meta: 'margin:0 0 16px;font-family:Arial,sans-serif;font-size:13px;color:#555555',
  image: 'display:block;width:536px;max-width:100%;height:auto',
  caption: 'margin:6px 0 16px;font-family:Arial,sans-serif;font-size:12px;color:#555555',
  block: 'margin:0 0 16px',
  quote: 'margin:16px 0;padding:0 0 0 12px;border-left:3px solid #cccccc;color:#333333',
  link: 'color:#0645ad',
  related: 'margin:24px 0 0;padding:16px 0 0;border-top:2px solid #111111',
  relatedHeading: 'margin:0 0 8px;font-family:Arial,sans-serif;font-size:16px',
  small: 'margin:0 0 12px;font-family:Arial,sans-serif;font-size:13px;color:#555555',
} as const;
