package be.lokaalcirculair.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

}
