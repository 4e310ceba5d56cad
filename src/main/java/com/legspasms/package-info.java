/**
 * The leg cramp guide: a Spring Boot application that loads the Markdown articles in
 * {@code content/}, checks and renders them once, and serves the pages. The packages
 * follow the data: {@code content} (files read and checked) → {@code rendering} →
 * {@code site} (the snapshot assembled) → {@code web} (served), with {@code search},
 * {@code editorial}, {@code export} and the writers' tools beside them.
 */
package com.legspasms;
