package com.partnerportal.customer;

import java.util.List;

/**
 * A registration broke one of the rules; nothing was created. The problems say which
 * fields to correct.
 */
public class RegistrationRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<RegistrationProblem> problems;

	public RegistrationRefusedException(List<RegistrationProblem> problems) {
		super("Registration refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<RegistrationProblem> getProblems() {
		return this.problems;
	}

}
