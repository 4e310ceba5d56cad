/**
 * Preview mode for writers ({@code site.preview}): the event stream and script that
 * refresh open pages when the content changes, and the panel listing the content's
 * problems.
 */
package com.legspasms.web.preview;
