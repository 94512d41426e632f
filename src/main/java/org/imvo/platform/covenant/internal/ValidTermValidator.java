package org.imvo.platform.covenant.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.imvo.platform.covenant.CovenantInput;
import org.imvo.platform.covenant.Term;

class ValidTermValidator implements ConstraintValidator<ValidTerm, CovenantInput> {

	@Override
	public boolean isValid(CovenantInput input, ConstraintValidatorContext context) {
		if (input == null || input.termStart() == null || input.termEnd() == null) {
			return true; // @NotNull reports missing dates
		}
		return Term.problem(input.termStart(), input.termEnd()).map(problem -> {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{covenant.validation.term." + problem.name() + "}")
				.addPropertyNode("termEnd")
				.addConstraintViolation();
			return false;
		}).orElse(true);
	}

}
