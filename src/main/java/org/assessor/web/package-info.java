/** The web application, a package per feature (controllers, views and services together): methodologies, runs, security, and system. */
package org.assessor.web;
