package org.imvo.platform.covenant.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.imvo.platform.covenant.MembershipTransition;

class ReasonWhenRequiredValidator implements ConstraintValidator<ReasonWhenRequired, MembershipTransition> {

	@Override
	public boolean isValid(MembershipTransition transition, ConstraintValidatorContext context) {
		if (transition == null || transition.action() == null || !transition.action().reasonRequired()
				|| transition.reason() != null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("reason")
			.addConstraintViolation();
		return false;
	}

}
