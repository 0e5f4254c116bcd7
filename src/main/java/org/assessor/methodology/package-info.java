/** Methodologies as data: loading and checking YAML configurations and their rule files, and versions. */
package org.assessor.methodology;
