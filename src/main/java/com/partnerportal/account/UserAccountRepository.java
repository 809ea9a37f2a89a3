package com.partnerportal.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Looks up accounts for sign-in and checks that an e-mail address is still free.
 */
public interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findById(Long id);

	boolean existsByEmail(String email);

	@Query("select count(a) > 0 from PlatformAdmin a")
	boolean existsPlatformAdmin();

	<A extends UserAccount> A save(A account);

}
