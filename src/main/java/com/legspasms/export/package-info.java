/**
 * The static export ({@code --site.export-to=DIR}): every exported page of the catalogue
 * written to a folder that any static host can serve.
 */
package com.legspasms.export;
