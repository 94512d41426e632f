package org.imvo.platform.covenant.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The covenant's term runs three to five years ({@link org.imvo.platform.covenant.Term}); a
 * violation is reported on {@code termEnd}.
 */
@Documented
@Constraint(validatedBy = ValidTermValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTerm {

	String message() default "{covenant.validation.term.TOO_LONG}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
