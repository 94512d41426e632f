package org.imvo.platform.covenant.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** Every code is a code of NACE Rev. 2 as loaded into {@code nace_code}. */
@Documented
@Constraint(validatedBy = KnownNaceCodesValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownNaceCodes {

	String message() default "{covenant.validation.nace-unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
