package com.partnerportal.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first platform admin into Boot's short start-up failure report instead
 * of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class FirstPlatformAdminFailureAnalyzer extends AbstractFailureAnalyzer<FirstPlatformAdminRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstPlatformAdminRefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
