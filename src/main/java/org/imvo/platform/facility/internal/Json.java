package org.imvo.platform.facility.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Writes the few JSON shapes the import stores (strings, string lists, string maps, candidates)
 * without a mapper, because the worker writes them for every row of lists of up to 200,000 rows.
 * NUL characters are dropped: PostgreSQL's text and jsonb cannot hold them.
 */
final class Json {

	private Json() {
	}

	static String string(String value) {
		StringBuilder out = new StringBuilder(value == null ? 4 : value.length() + 2);
		appendString(out, value);
		return out.toString();
	}

	static String strings(Collection<String> values) {
		StringBuilder out = new StringBuilder(2 + 16 * values.size()).append('[');
		boolean first = true;
		for (String value : values) {
			if (!first) {
				out.append(',');
			}
			first = false;
			appendString(out, value);
		}
		return out.append(']').toString();
	}

	static String object(Map<String, String> values) {
		StringBuilder out = new StringBuilder(2 + 32 * values.size()).append('{');
		boolean first = true;
		for (Map.Entry<String, String> entry : values.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			appendString(out, entry.getKey());
			out.append(':');
			appendString(out, entry.getValue());
		}
		return out.append('}').toString();
	}

	static void appendString(StringBuilder out, String value) {
		if (value == null) {
			out.append("null");
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\0' -> {
				}
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
