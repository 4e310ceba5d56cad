/**
 * The writers' source check ({@code --check-sources}): finds every external address in
 * the content and fetches each one politely, reporting as {@code FILE:LINE} each one that
 * moved or is broken.
 */
package com.legspasms.sourcecheck;
