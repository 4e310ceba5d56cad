/**
 * The training run for the production launch's ahead-of-time cache
 * ({@code --site.training-run=true}): starts the site, asks it for a typical set of pages
 * and searches, then exits.
 */
package com.legspasms.launch;
