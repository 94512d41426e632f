/**
 * Reading production-location lists (CSV or XLSX, first sheet) robustly and safely: encodings, BOM,
 * quoted line breaks, header names in the Open Supply Hub convention, countries in many spellings,
 * and limits against hostile files. Plain Java, no Spring.
 */
package org.imvo.platform.facility.listfile;
