/** Methodologies as data: loading and checking YAML configurations (their shape in the JSON Schema) and rule files, versions, what-ifs. */
package org.assessor.methodology;
