package org.alliancecare.directory.internal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;

/**
 * An account: a username, the hash of its password, its roles and its jurisdiction (place codes). A
 * disabled account cannot sign in, and its sessions are revoked when it is disabled.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.byUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(
    name = "Account.ofPractitioner",
    query =
        "SELECT a.username FROM Account a WHERE a.practitionerId = :practitioner"
            + " AND a.enabled = TRUE ORDER BY a.username")
@NamedQuery(
    name = "Account.withRoleIn",
    query =
        "SELECT DISTINCT a.username FROM Account a JOIN a.roles r JOIN a.jurisdiction j"
            + " WHERE r = :role AND j IN :places AND a.enabled = TRUE ORDER BY a.username")
@NamedQuery(
    name = "Account.after",
    query = "SELECT a FROM Account a WHERE a.username > :after ORDER BY a.username")
public class Account {

  /** Lower-case letters, digits, dot, dash and underscore; starts with a letter. */
  public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

  @Id private String id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_jurisdiction", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "place_code", nullable = false)
  private Set<String> jurisdiction = new HashSet<>();

  @Column(name = "practitioner_id")
  private String practitionerId;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant passwordChangedAt;

  /**
   * The UI language the holder chose ({@code zh-CN}, {@code ug-CN}, {@code en}); null until then.
   */
  @Column(name = "language")
  private String language;

  /** Where mail for the holder goes ({@link EmailAddress}); null when the account has none. */
  @Column(name = "email")
  private String email;

  @Version private long version;

  protected Account() {}

  private Account(
      String username,
      String displayName,
      PasswordHash password,
      Set<Role> roles,
      Set<String> jurisdiction,
      String practitionerId,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = password.encoded();
    this.roles = new HashSet<>(roles);
    this.jurisdiction = new HashSet<>(jurisdiction);
    this.practitionerId = practitionerId;
    this.enabled = true;
    this.createdAt = now;
    this.passwordChangedAt = now;
  }

  /** A new, enabled account; its arguments are checked by the caller ({@code Accounts}). */
  public static Account open(
      String username,
      String displayName,
      PasswordHash password,
      Set<Role> roles,
      Set<String> jurisdiction,
      String practitionerId,
      Instant now) {
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("not a username");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account has at least one role");
    }
    return new Account(username, displayName, password, roles, jurisdiction, practitionerId, now);
  }

  /** Usernames are compared in lower case, without surrounding blanks. */
  public static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether the password is this account's (always costs one full hash comparison). */
  public boolean verifies(String password) {
    return PasswordHash.parse(passwordHash).matches(password);
  }

  public void changePassword(PasswordHash password, Instant now) {
    this.passwordHash = password.encoded();
    this.passwordChangedAt = now;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  public void assignRoles(Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an account has at least one role");
    }
    this.roles = new HashSet<>(roles);
  }

  public void assignJurisdiction(Set<String> jurisdiction) {
    this.jurisdiction = new HashSet<>(jurisdiction);
  }

  /**
   * Keeps the language the holder chose for the UI; the caller checked it is one the UI speaks
   * ({@code org.alliancecare.directory.api.Account.LANGUAGES}).
   */
  public void speak(String language) {
    this.language = Objects.requireNonNull(language);
  }

  public String language() {
    return language;
  }

  /** Mail for the holder goes to {@code address} from now on. */
  public void reachAt(EmailAddress address) {
    this.email = address.value();
  }

  /** The account has no e-mail address any more. */
  public void forgetEmail() {
    this.email = null;
  }

  public String email() {
    return email;
  }

  public String practitionerId() {
    return practitionerId;
  }

  public boolean isAdministrator() {
    return enabled && roles.contains(Role.ADMIN);
  }

  /**
   * The account as the caller of a request. An account always has a role ({@link #open} and {@link
   * #assignRoles} refuse none), so one read without any was read incompletely: the crash harness
   * saw it while the database restarted, and the request was refused 403 as if the caller lacked
   * the role. It is an error here, which the API answers 503, so that the client sends it again.
   */
  public Caller caller() {
    if (roles.isEmpty()) {
      throw new IllegalStateException("the account's roles were not read; try again");
    }
    return new Caller(username, displayName, roles, jurisdiction, practitionerId);
  }

  public org.alliancecare.directory.api.Account view() {
    return new org.alliancecare.directory.api.Account(
        username,
        displayName,
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
        new TreeSet<>(jurisdiction),
        practitionerId,
        enabled,
        version,
        language,
        email);
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Set<String> jurisdiction() {
    return Set.copyOf(jurisdiction);
  }

  public boolean enabled() {
    return enabled;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Account[" + username + "]";
  }
}
