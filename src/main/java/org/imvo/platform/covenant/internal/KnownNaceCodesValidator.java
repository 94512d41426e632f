package org.imvo.platform.covenant.internal;

import java.util.Collection;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks codes against the NACE table; names the unknown ones in the message ({@code {codes}}). */
class KnownNaceCodesValidator implements ConstraintValidator<KnownNaceCodes, Collection<String>> {

	private final NaceCodes naceCodes;

	KnownNaceCodesValidator(NaceCodes naceCodes) {
		this.naceCodes = naceCodes;
	}

	@Override
	public boolean isValid(Collection<String> codes, ConstraintValidatorContext context) {
		if (codes == null || codes.isEmpty()) {
			return true;
		}
		List<String> unknown = naceCodes.unknown(codes);
		if (unknown.isEmpty()) {
			return true;
		}
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("codes", String.join(", ", unknown));
		return false;
	}

}
