package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.web.api.BrowserSignIn;
import org.alliancecare.web.api.WebPages;

/**
 * The sign-in page: hands the username and password to Jakarta Security, whose mechanism signs in
 * through the directory exactly as {@code POST /api/session} does (same accounts, same lockout). A
 * refusal says nothing about why.
 */
@Named
@RequestScoped
public class SignInPage {

  @Inject SecurityContext security;
  @Inject BrowserSignIn signIn;
  @Inject CurrentCaller caller;
  @Inject Texts texts;

  private String username;
  private String password;

  /** A signed-in browser that comes to the sign-in page goes on to its home page. */
  public void alreadySignedIn() {
    if (caller.find().isPresent()) {
      Navigation.redirect(WebPages.HOME_PAGE);
    }
  }

  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(), password == null ? "" : password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> Navigation.redirect(signIn.returnTo(request));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> texts.error(texts.text("signin.refused"));
    }
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
