package be.lokaalcirculair.shared.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findTop20BySentAtIsNullAndNextAttemptAtBeforeOrderByIdAsc(Instant now);

	Page<OutboxMail> findAllByOrderByIdDesc(Pageable pageable);

	List<OutboxMail> findByRecipientOrderByIdDesc(String recipient);

}
