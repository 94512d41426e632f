package org.imvo.platform.shared.web;

import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the server-rendered UI; they never show an exception message or a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return error(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ BusinessRuleException.class, IllegalArgumentException.class })
	ModelAndView badRequest() {
		return error(HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView error(HttpStatus status) {
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		return view;
	}

}
