/** The server-rendered pages shared by every feature: sign-in, the layout's user and roles, and the methodology pages. */
package org.assessor.web;
