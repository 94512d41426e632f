package org.imvo.platform.covenant.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A membership transition that needs a reason (suspend, exit) has one; reported on {@code reason}. */
@Documented
@Constraint(validatedBy = ReasonWhenRequiredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReasonWhenRequired {

	String message() default "{covenant.validation.reason-required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
