/**
 * HTTP concerns ahead of Spring MVC: pages kept in memory with gzip and strong ETags,
 * conditional requests, cache lifetimes, security headers, GET and HEAD only,
 * trailing-slash redirects, and the site's own error page for requests Tomcat refuses
 * before the site sees them.
 */
package com.legspasms.web.http;
