package org.imvo.platform.covenant.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.imvo.platform.covenant.NaceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Look-ups in the NACE Rev. 2 table. */
@Component
public class NaceCodes {

	private final JdbcClient jdbc;

	NaceCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Codes or descriptions that contain {@code text}; codes that start with it first. */
	public List<NaceCode> search(String text, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		String like = "%" + escapeLike(q) + "%";
		return jdbc.sql("""
				select code, level, parent_code, description from nace_code
				where code ilike ? or description ilike ?
				order by (code ilike ?) desc, level, code
				limit ?""")
			.params(like, like, escapeLike(q) + "%", limit)
			.query(NaceCode.class)
			.list();
	}

	/** The given codes that exist, in the given order. */
	public List<NaceCode> find(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		List<NaceCode> found = jdbc.sql("select code, level, parent_code, description from nace_code where code = any(?)")
			.param(codes.toArray(String[]::new))
			.query(NaceCode.class)
			.list();
		return codes.stream()
			.flatMap(code -> found.stream().filter(n -> n.code().equals(code)))
			.toList();
	}

	/** The given codes that NACE Rev. 2 does not know. */
	public List<String> unknown(Collection<String> codes) {
		Set<String> known = find(codes).stream().map(NaceCode::code).collect(Collectors.toSet());
		return codes.stream().filter(code -> !known.contains(code)).toList();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
