package org.rocbap.survey.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class PermanentRefusalTest {

    private static final Address[] NONE = new Address[0];

    @Test
    void aRecipientRefusedForGoodIsABounceWithTheServersWords() throws AddressException {
        Address[] refused = {new InternetAddress("left@customs.example")};
        SendFailedException failure = new SendFailedException(
                "Invalid Addresses", new MessagingException("550 5.1.1 User unknown"), NONE, NONE, refused);

        assertThat(PermanentRefusal.of(failure)).contains("550 5.1.1 User unknown");
    }

    @Test
    void aRecipientRefusedForNowIsTriedAgain() throws AddressException {
        Address[] later = {new InternetAddress("full@customs.example")};
        SendFailedException failure = new SendFailedException(
                "Invalid Addresses", new MessagingException("452 4.2.2 Mailbox full"), NONE, later, NONE);

        assertThat(PermanentRefusal.of(failure)).isEmpty();
    }

    @Test
    void aServerThatIsDownIsNoBounce() {
        assertThat(PermanentRefusal.of(new MessagingException("Could not connect to SMTP host: localhost, port: 3025")))
                .isEmpty();
    }

    @Test
    void somethingThatIsNotAnAddressNeverGoes() {
        assertThat(PermanentRefusal.of(new AddressException("Illegal address", "a,b@customs.example")))
                .isPresent();
    }
}
