package org.alliancecare.documents.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.documents.api.DocumentFormat;
import org.alliancecare.documents.api.DocumentsFacade;
import org.alliancecare.documents.api.Paper;
import org.alliancecare.documents.api.PrintedDocument;
import org.alliancecare.documents.internal.rendering.Child;
import org.alliancecare.documents.internal.rendering.DocumentPage;
import org.alliancecare.documents.internal.rendering.DocumentPages;
import org.alliancecare.documents.internal.rendering.LetterFacts;
import org.alliancecare.documents.internal.rendering.PdfRendering;
import org.alliancecare.documents.internal.rendering.SlipFacts;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningReferral;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers what a document says from the facades, each read as the caller (so the caller's data
 * scope decides what can be printed), and renders it. Only the records a document is about are read
 * in scope; the reference data around them (places, organisations, practitioners) is visible to
 * every signed-in caller.
 */
@ApplicationScoped
public class DocumentsService implements DocumentsFacade {

  @Inject ScreeningsFacade screenings;
  @Inject ReferralsFacade referrals;
  @Inject PatientsFacade patients;
  @Inject DirectoryFacade directory;
  @Inject BusinessClock clock;

  /** The address the application is reached at from outside, when not the request's own. */
  @Inject
  @ConfigProperty(name = "alliancecare.public-url")
  Optional<String> publicUrl;

  @Override
  public PrintedDocument screeningSlip(
      String screeningId, DocumentFormat format, Paper paper, Caller by) {
    ScreeningView screening = screenings.screening(screeningId, by);
    PatientView patient = patients.patient(screening.patientId(), by);
    Optional<Practitioner> doctor = practitioner(screening.performer());
    SlipFacts facts =
        new SlipFacts(
            child(patient),
            screening.screenedOn(),
            screening.kind().name(),
            screening.result().name(),
            place(doctor, patient),
            doctor.map(Practitioner::name).orElse(screening.performer().username()),
            screening.result() == Outcome.REFER ? referralOf(screening, by) : null);
    DocumentPage page = DocumentPages.slip(facts, paper, clock.today());
    return new PrintedDocument(
        patient.id(),
        screening.id(),
        format,
        "screening-slip-"
            + screening.screenedOn()
            + "-"
            + screening.id()
            + "."
            + format.extension(),
        render(page, format));
  }

  @Override
  public PrintedDocument referralLetter(
      String referralId, DocumentFormat format, Paper paper, String requestBaseUrl, Caller by) {
    ReferralView referral = referrals.referral(referralId, by);
    PatientView patient = patients.patient(referral.patientId(), by);
    Optional<Practitioner> referring = referringDoctor(referral, by);
    LetterFacts facts =
        new LetterFacts(
            child(patient),
            referral.referralNumber(),
            ReferralLink.of(
                publicUrl.filter(url -> !url.isBlank()).orElse(requestBaseUrl),
                referral.referralNumber()),
            referring.map(Practitioner::name).orElse(referral.requestedBy()),
            referring
                .map(Practitioner::organisationId)
                .flatMap(directory::findOrganisation)
                .map(Organisation::nameZh)
                .orElse(null),
            directory
                .findOrganisation(referral.toOrganisationId())
                .map(Organisation::nameZh)
                .orElse(referral.toOrganisationId()),
            referral.specialty(),
            referral.urgency().name(),
            referral.dueOn(),
            referral.reason());
    DocumentPage page = DocumentPages.letter(facts, paper, clock.today());
    return new PrintedDocument(
        patient.id(),
        referral.id(),
        format,
        "referral-" + referral.referralNumber() + "." + format.extension(),
        render(page, format));
  }

  private static byte[] render(DocumentPage page, DocumentFormat format) {
    String xhtml = page.xhtml();
    return format == DocumentFormat.PDF
        ? PdfRendering.pdf(xhtml)
        : xhtml.getBytes(StandardCharsets.UTF_8);
  }

  /** The child as printed: each side of the page names the child in its own script first. */
  private static Child child(PatientView patient) {
    return new Child(
        patient.name(),
        patient.nameUg(),
        patient.sex() == null ? null : patient.sex().name(),
        patient.birthDate(),
        patient.nationalId());
  }

  private Optional<Practitioner> practitioner(Performer performer) {
    return performer == null || performer.practitionerId() == null
        ? Optional.empty()
        : directory.findPractitioner(performer.practitionerId());
  }

  /** Where the child was screened: the screening doctor's organisation, else the child's place. */
  private String place(Optional<Practitioner> doctor, PatientView patient) {
    return doctor
        .map(Practitioner::organisationId)
        .flatMap(directory::findOrganisation)
        .map(Organisation::nameZh)
        .or(() -> directory.findPlace(patient.placeCode()).map(Place::nameZh))
        .orElse(null);
  }

  /**
   * Where and by when the child of a REFER result is to be seen: the open referral started from the
   * screening (the most recently requested one), if any.
   */
  private SlipFacts.ReferralFacts referralOf(ScreeningView screening, Caller by) {
    return screening.referrals().stream()
        .map(ScreeningReferral::referralId)
        .map(id -> referrals.referral(id, by))
        .filter(
            r -> r.status() != ReferralStatus.CANCELLED && r.status() != ReferralStatus.DECLINED)
        .max(Comparator.comparing(ReferralView::requestedAt))
        .map(
            r ->
                new SlipFacts.ReferralFacts(
                    directory
                        .findOrganisation(r.toOrganisationId())
                        .map(Organisation::nameZh)
                        .orElse(null),
                    r.specialty(),
                    r.dueOn()))
        .orElse(null);
  }

  /**
   * Who referred: the doctor who performed the screening a referral started from, else the caller
   * when they requested it themselves; otherwise the letter names the requesting account.
   */
  private Optional<Practitioner> referringDoctor(ReferralView referral, Caller by) {
    if (referral.source() != null && referral.source().kind() == SourceKind.SCREENING) {
      Optional<Practitioner> performer =
          practitioner(screenings.screening(referral.source().id(), by).performer());
      if (performer.isPresent()) {
        return performer;
      }
    }
    if (by.username().equals(referral.requestedBy()) && by.practitionerId() != null) {
      return directory.findPractitioner(by.practitionerId());
    }
    return Optional.empty();
  }
}
