package org.imvo.platform.identity;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: create a user in an organisation. Usernames look like e-mail addresses; passwords have
 * at least 12 characters (NIST SP 800-63B favours length over composition rules).
 */
public record NewUser(@NotNull String organisationId, @NotBlank @Size(min = 3, max = 200) @Email(regexp = ".+@.+") String username,
		@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(min = 12, max = 200, message = "{validation.password}") String password,
		@NotEmpty Set<Role> roles) {
}
