package io.github.cmaltkit.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SignInPagesTest {

    static final SignInPages PAGES = SignInPages.load();

    @ParameterizedTest
    @ValueSource(strings = {
        "https://accounts.google.com/v3/signin/identifier?continue=x",
        "https://login.microsoftonline.com/common/oauth2/authorize",
        "https://login.live.com/login.srf",
        "https://uniofx.sharepoint.com/_forms/default.aspx?ReturnUrl=x",
        "https://uniofx-my.sharepoint.com/_layouts/15/Authenticate.aspx?Source=x",
        "https://moodle.example.ac.uk/login/index.php",
        "https://example.instructure.com/login/canvas",
        "https://bb.example.ac.uk/webapps/login/?new_loc=x",
        "https://idp.example.ac.uk/idp/profile/SAML2/Redirect/SSO?execution=e1s1",
        "https://www.example.ac.uk/Shibboleth.sso/Login?target=x",
        "https://example.okta.com/app/x",
        "https://okta.com/",
        "https://blog.example.org/wp-login.php?redirect_to=x",
        "HTTPS://MOODLE.EXAMPLE.AC.UK/LOGIN/INDEX.PHP",
    })
    void knownSignInAddresses(String url) {
        assertThat(PAGES.isSignInAddress(URI.create(url))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.google.com/search?q=cmalt",
        "https://docs.google.com/document/d/abc/edit",
        "https://uniofx.sharepoint.com/sites/team/Shared%20Documents/report.pdf",
        "https://moodle.example.ac.uk/course/view.php?id=3",
        "https://example.org/loginhelp",
        "https://notokta.com/",
        "https://www.alt.ac.uk/certified-membership",
    })
    void ordinaryAddresses(String url) {
        assertThat(PAGES.isSignInAddress(URI.create(url))).isFalse();
    }

    @Test
    void theDataFileIsReadWithItsComments() {
        assertThat(PAGES.size()).isGreaterThan(30);
        SignInPages p = SignInPages.parse(java.util.List.of("# comment", "", "  example.org/private/  # trailing", "*/sso"));
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.isSignInAddress(URI.create("http://example.org/private/x"))).isTrue();
        assertThat(p.isSignInAddress(URI.create("http://example.org/private"))).isTrue();
        assertThat(p.isSignInAddress(URI.create("http://example.org/public"))).isFalse();
        assertThat(p.isSignInAddress(URI.create("http://any.example/sso?x=1"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<input type=\"password\" name=p>",
        "<INPUT NAME='p' TYPE='PASSWORD'>",
        "<input\n  id=pw\n  type=password\n>",
        "<input type=\"&#112;assword\">",
        "<input type=&#x50;ASSWORD>",
        "<input type=\"PassWord\">",
    })
    void passwordFields(String html) {
        assertThat(SignInPages.hasPasswordField(html.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<input type=\"text\" name=password>",
        "<p>Forgot your password? type=password</p>",
        "<!-- <input type=\"password\"> -->",
        "<input type=\"text\" placeholder='type=password'>",
        "<input type=\"passwd\"> &amp; &#39;",
        "<input type=\"text\">",
        "",
    })
    void notPasswordFields(String html) {
        assertThat(SignInPages.hasPasswordField(html.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
