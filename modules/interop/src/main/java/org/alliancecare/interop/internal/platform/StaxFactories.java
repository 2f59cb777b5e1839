package org.alliancecare.interop.internal.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;

/**
 * Keeps the JDK's own StAX factories in force when the application is deployed. fastexcel-reader
 * (the streaming XLSX reader of the imports) instantiates Aalto itself, but Aalto's jar also
 * registers it as the JVM's default StAX implementation, which HAPI FHIR then mistakes for Woodstox
 * and refuses (HAPI-0648) when it parses or writes XML. A factory chosen by configuration (a system
 * property set at start-up) is left alone.
 */
@WebListener
public class StaxFactories implements ServletContextListener {

  static final Map<String, String> JDK_FACTORIES =
      Map.of(
          "javax.xml.stream.XMLInputFactory",
          "com.sun.xml.internal.stream.XMLInputFactoryImpl",
          "javax.xml.stream.XMLOutputFactory",
          "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
          "javax.xml.stream.XMLEventFactory",
          "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

  @Override
  public void contextInitialized(ServletContextEvent event) {
    JDK_FACTORIES.forEach(System.getProperties()::putIfAbsent);
  }
}
