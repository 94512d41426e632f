package org.imvo.platform.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Writes RFC 9457 problem details for refusals that happen before a controller is reached. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"https://imvo-platform.org/problems/" + type + "\",\"title\":\"" + json(title)
					+ "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\"}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
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
		return out.toString();
	}

}
