package com.partnerportal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.UserAccount;
import com.partnerportal.account.UserAccountRepository;

/**
 * Loads the account behind an e-mail address for sign-in.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	PortalUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(UserAccount.normalizeEmail(email))
			.map(PortalUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
