package org.imvo.platform.shared.web;

import java.util.List;

import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the server-rendered UI; they never show an exception message or a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final List<PageModelContributor> contributors;

	PageExceptionHandler(List<PageModelContributor> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return error(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ BusinessRuleException.class, IllegalArgumentException.class })
	ModelAndView badRequest() {
		return error(HttpStatus.BAD_REQUEST);
	}

	/**
	 * A signed-in user refused by a guard gets the error page in the same request, so the page shows
	 * their navigation; anyone not signed in goes on to Spring Security (the sign-in page).
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw ex;
		}
		return error(HttpStatus.FORBIDDEN);
	}

	private ModelAndView error(HttpStatus status) {
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		contributors.forEach(c -> c.contribute(view.getModel()));
		return view;
	}

}
