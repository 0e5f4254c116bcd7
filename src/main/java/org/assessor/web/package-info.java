/**
 * The web application, a package per feature, each with its controllers, views and services together:
 * {@code methodologies}, {@code runs}, {@code security}; and {@code system}, what they share.
 */
package org.assessor.web;
