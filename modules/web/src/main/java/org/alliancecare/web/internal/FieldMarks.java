package org.alliancecare.web.internal;

import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlMessage;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.html.HtmlSelectManyCheckbox;
import jakarta.faces.component.html.HtmlSelectOneRadio;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks every form field of a page as a person and a screen reader need it, so that no page has to
 * repeat it: a field is named by its visible label in Faces' own messages (its {@code label} is the
 * label's text, in the page's language, instead of a component id such as {@code
 * milestone:achievedOn}); a required field says so ({@code aria-required}, and its label carries
 * the marker {@code ac-required}); a field with an error says so ({@code aria-invalid="true"}) and
 * points to the message beside it ({@code aria-describedby} naming its {@code h:message}). The
 * labels are given after the view is restored (before conversion and validation) and again before
 * it is rendered; the marks before it is rendered. A facade's field error reaches its field through
 * {@link #inputFor}: the field's {@code field} attribute names the facade's field (e.g. {@code
 * measurements.rightEye.uncorrected}), else its id is the field's name.
 */
public class FieldMarks implements PhaseListener, SystemEventListener {

  private static final long serialVersionUID = 1L;

  static final String REQUIRED_LABEL = "ac-required";

  // --- PhaseListener: labels before conversion and validation of a postback

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot root = event.getFacesContext().getViewRoot();
    if (root != null) {
      label(Fields.of(root));
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before the view exists
  }

  // --- SystemEventListener: labels and marks before the page is rendered

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    if (event instanceof PreRenderViewEvent) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Fields fields = Fields.of(faces.getViewRoot());
      label(fields);
      mark(faces, fields);
    }
  }

  /** Names each field by its visible label, unless the page named it already. */
  private static void label(Fields fields) {
    for (UIComponent input : fields.inputs) {
      if (input.getAttributes().get("label") != null || input.getValueExpression("label") != null) {
        continue;
      }
      HtmlOutputLabel label = fields.labels.get(input);
      if (label != null) {
        ValueExpression text = label.getValueExpression("value");
        if (text != null) {
          input.setValueExpression("label", text);
        } else if (label.getValue() != null) {
          input.getAttributes().put("label", String.valueOf(label.getValue()));
        }
      }
    }
  }

  private static void mark(FacesContext faces, Fields fields) {
    for (UIComponent input : fields.inputs) {
      EditableValueHolder holder = (EditableValueHolder) input;
      Map<String, Object> passThrough = input.getPassThroughAttributes(true);
      HtmlOutputLabel label = fields.labels.get(input);
      if (holder.isRequired()) {
        if (!renderedAsTable(input)) {
          passThrough.put("aria-required", "true");
        }
        if (label != null) {
          String classes = label.getStyleClass() == null ? "" : label.getStyleClass();
          if (!(" " + classes + " ").contains(" " + REQUIRED_LABEL + " ")) {
            label.setStyleClass((classes + " " + REQUIRED_LABEL).strip());
          }
        }
      }
      String clientId = input.getClientId(faces);
      boolean invalid = !holder.isValid() || faces.getMessages(clientId).hasNext();
      HtmlMessage message = fields.messages.get(input);
      if (invalid) {
        passThrough.put("aria-invalid", "true");
        if (message != null) {
          passThrough.put("aria-describedby", message.getClientId(faces));
        }
      } else {
        passThrough.remove("aria-invalid");
        passThrough.remove("aria-describedby");
      }
    }
  }

  /**
   * Radio buttons and check boxes are rendered as a table, and Faces repeats pass-through
   * attributes on its rows and cells, where {@code aria-required} is not allowed (axe-core's
   * aria-allowed-attr, found by the crawler): such a group is marked by its label only.
   */
  private static boolean renderedAsTable(UIComponent input) {
    return input instanceof HtmlSelectOneRadio || input instanceof HtmlSelectManyCheckbox;
  }

  /**
   * The input of the page that takes a facade's {@code field} (e.g. {@code birthDate}, {@code
   * measurements.rightEye.uncorrected.value}, {@code guardians[0].name}): the one whose {@code
   * field} attribute is the field or the longest part of it, else the one whose id is the field.
   */
  static Optional<UIComponent> inputFor(UIViewRoot root, String field) {
    UIComponent best = null;
    int bestLength = -1;
    for (UIComponent input : Fields.of(root).inputs) {
      Object named = input.getAttributes().get("field");
      String claimed = named == null ? input.getId() : String.valueOf(named);
      if (claimed == null || claimed.length() <= bestLength) {
        continue;
      }
      if (covers(claimed, field)) {
        best = input;
        bestLength = claimed.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether an input that takes {@code claimed} takes the facade's {@code field}. */
  static boolean covers(String claimed, String field) {
    return field.equals(claimed)
        || field.startsWith(claimed + ".")
        || field.startsWith(claimed + "[");
  }

  /** The inputs of a view, with their labels and messages. */
  private static final class Fields {
    final List<UIComponent> inputs = new ArrayList<>();
    final Map<UIComponent, HtmlOutputLabel> labels = new HashMap<>();
    final Map<UIComponent, HtmlMessage> messages = new HashMap<>();
    private final List<HtmlOutputLabel> labelList = new ArrayList<>();
    private final List<HtmlMessage> messageList = new ArrayList<>();

    static Fields of(UIViewRoot root) {
      Fields fields = new Fields();
      fields.collect(root);
      for (HtmlOutputLabel label : fields.labelList) {
        target(label, label.getFor()).ifPresent(input -> fields.labels.putIfAbsent(input, label));
      }
      for (HtmlMessage message : fields.messageList) {
        target(message, message.getFor())
            .ifPresent(input -> fields.messages.putIfAbsent(input, message));
      }
      return fields;
    }

    private void collect(UIComponent component) {
      if (component instanceof UIInput && component instanceof EditableValueHolder) {
        inputs.add(component);
      } else if (component instanceof HtmlOutputLabel label && label.getFor() != null) {
        labelList.add(label);
      } else if (component instanceof HtmlMessage message && message.getFor() != null) {
        messageList.add(message);
      }
      for (Iterator<UIComponent> children = component.getFacetsAndChildren();
          children.hasNext(); ) {
        collect(children.next());
      }
    }

    private static Optional<UIComponent> target(UIComponent from, String id) {
      try {
        UIComponent found = from.findComponent(id);
        return found instanceof EditableValueHolder ? Optional.of(found) : Optional.empty();
      } catch (IllegalArgumentException notFound) {
        // "for" names a component of another naming container that does not exist here
        return Optional.empty();
      }
    }
  }
}
