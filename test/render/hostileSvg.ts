/**
 * Chart SVG that tries to run script, fetch something or escape the chart: each string
 * is one way an outside audit (or a well-known sanitizer bypass) got past a pattern
 * match. Shared by the unit tests and the browser check. `ran()` in a payload sets the
 * page's title, so the browser check can see whether anything ran.
 */
export const refusedSvg: Readonly<Record<string, string>> = {
  'animate with a slash before its event handler': '<svg><animate/onbegin="ran()" attributeName="x" dur="1s"/></svg>',
  'a ">" in an attribute value before the event handler':
    '<svg><rect width="10" fill="a>b" onbegin="ran()"/><animate onbegin="ran()" attributeName="x" dur="1s"/></svg>',
  'an img with a slash before onerror': '<svg><img src="x"/onerror=ran()></svg>',
  'the svg closed early, then an img': '<svg></svg><img src="x" onerror="ran()">',
  'a meta refresh': '<svg><meta http-equiv="refresh" content="0;url=https://example.com/"/></svg>',
  'a CSS escape spelling url( in a presentation attribute':
    '<svg><rect width="9" fill="u\\72l(https://example.com/x)"/></svg>',
  'a CSS escape in a style element': '<svg><style>rect{fill:u\\72l(https://example.com/x)}</style></svg>',
  'a style attribute loading a url': '<svg><rect style="fill:url(https://example.com/x)"/></svg>',
  'an entity spelling url(': '<svg><rect fill="&#117;rl(https://example.com/x)"/></svg>',
  'set rewriting a link to javascript':
    '<svg><a><set attributeName="href" to="javascript:ran()"/><text>go</text></a></svg>',
  'a script element': '<svg><script>ran()</script></svg>',
  'a script element in capitals': '<svg><SCRIPT>ran()</SCRIPT></svg>',
  'an event handler in capitals on the root': '<svg ONLOAD="ran()"></svg>',
  'a foreign object with HTML': '<svg><foreignObject><img src="x" onerror="ran()"/></foreignObject></svg>',
  'use pulling in another document': '<svg><use href="https://example.com/sprite.svg#a"/></svg>',
  'an xlink:href': '<svg><use xlink:href="data:image/svg+xml,x"/></svg>',
  'an image': '<svg><image href="https://example.com/a.png"/></svg>',
  'a comment hiding markup': '<svg><!--</svg><img src="x" onerror="ran()">--></svg>',
  'a document type with an entity': '<!DOCTYPE svg [<!ENTITY run "ran()">]><svg>&run;</svg>',
  'a processing instruction': '<svg><?xml-stylesheet href="https://example.com/a.css"?></svg>',
  'a fill with image-set': '<svg><rect fill="image-set(&quot;https://example.com/a.png&quot; 1x)"/></svg>',
  'a nested svg': '<svg><svg onload="ran()"/></svg>',
  'a second root': '<svg></svg><svg onload="ran()"></svg>',
  'a foreign namespace': '<svg xmlns="http://www.w3.org/1999/xhtml"><rect/></svg>',
  'an unclosed tag': '<svg><rect fill="x"></svg>',
  'an entity the parser does not know': '<svg><text>&nbsp;</text></svg>',
  'text before the root': 'x<svg></svg>',
};

/**
 * Chart SVG that is accepted because, once parsed and re-written, it is inert: markup in
 * text and in attribute values is only text.
 */
export const acceptedSvg: Readonly<Record<string, string>> = {
  'CDATA holding a script tag':
    '<svg viewBox="0 0 200 40"><text x="4" y="20"><![CDATA[</text><script>ran()</script>]]></text></svg>',
  'an escaped img in a title':
    '<svg viewBox="0 0 200 40"><title>&lt;/svg&gt;&lt;img src=x onerror=ran()&gt;</title><rect width="20" height="20" fill="rgb(10, 20, 30)"/></svg>',
  'a ">" and quotes in attribute values':
    '<svg viewBox="0 0 200 40"><rect width="20" height="20" fill="#123456" aria-label="a&gt;b &quot;onload=ran()&quot;"/></svg>',
  'a pattern referenced inside the chart':
    '<svg viewBox="0 0 200 40"><defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="4" stroke="#000"/></pattern></defs><rect width="40" height="20" fill="url(#hatch)"/></svg>',
};
