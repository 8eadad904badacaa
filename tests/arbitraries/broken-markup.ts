/** fast-check generator of broken markup: unclosed, misnested and stray tags mixed with text. */
import fc from 'fast-check';
import { sentence, text } from './text';

const MARKUP = [
  '<div>', '</div>', '<p>', '</p>', '<p class="comment">', '<div class="related">', '<div class="tips-box">', '<span>', '</span>',
  '<li>', '</li>', '<ul>', '<table>', '<tr>', '<td>', '</td>', '</table>', '<ruby>', '<rt>', '</rt>', '<rp>', '<br>', '</br>',
  '<strong>', '</b>', '<b>', '<!--', '-->', '<!DOCTYPE html>', '<html>', '</html>', '<body>', '</body>', '<head>', '</head>',
  '<title>', '</title>', '<script>', '</script>', '<style>', '</style>', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#xD800;',
  '&nbsp', '&', '<', '>', '"', "'", '=', '<div style="display:none">', '<p hidden>', '<a href="x">', '</a>', '<img alt="_第2页">',
  '<template>', '</template>', '<svg><p>', '<math>', '<textarea>', '<select><option>', '<noscript>', '<frameset>', '<plaintext>',
  '<div class="related"><h3>相关推荐</h3>', '<font style="font-weight:bold">', '<p/>', '<div/>', '< p>', '</ div>', '<p a=">',
  '<h1>', '</h1>', '<h2 class="title">', '<?xml ?>', '<nav>', '<footer>', '<form>', '<iframe>', '<object>', '<table><td>',
];

export const brokenMarkup: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 4, arbitrary: text(4) }, { weight: 1, arbitrary: sentence }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

