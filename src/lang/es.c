/* es.c - Spanish: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "al", "algo", "como", "con", "cual", "cuando", "de", "del", "desde",
    "donde", "durante", "el", "ella", "en", "entre", "es", "esta", "este",
    "esto", "fue", "ha", "hay", "la", "las", "le", "lo", "los", "mas", "me",
    "mi", "muy", "no", "o", "para", "pero", "por", "porque", "que", "se",
    "ser", "si", "sin", "sobre", "su", "sus", "también", "te", "tiene", "un",
    "una", "uno", "y", "ya",
};

static const char *const openers[] = {
    "como", "cual", "cuales", "cuando", "cuanto", "cuantos", "cuál", "cuáles",
    "cuándo", "cuánto", "cuántos", "cómo", "debo", "dónde", "es", "hay",
    "necesito", "para", "por", "puede", "puedo", "quién", "quiénes", "qué",
    "se", "son", "tengo",
};

static const char *const ui_words[] = {
    "abrir", "actualizado", "anterior", "boletín", "buscar", "cargando",
    "carrito", "cerrar", "clic", "comentarios", "compartir", "contacto",
    "contenido", "cookies", "correo", "cuenta", "derechos", "enviar",
    "expandir", "habilitar", "haga", "imagen", "imprimir", "iniciar",
    "inicio", "leer", "menú", "mostrar", "más", "navegación", "ocultar",
    "política", "principal", "privacidad", "publicado", "pulse",
    "registrarse", "reservados", "responder", "saltar", "seguir",
    "seleccionar", "sesión", "siguiente", "solicitud", "suscribirse",
    "términos", "volver", "votar", "útil",
};

static const char *const labels[] = {
    "p", "pregunta", "r", "r/", "respuesta",
};

static const char *const open_words[] = {
    "al", "con", "de", "del", "el", "en", "entre", "la", "las", "los", "para",
    "por", "sin", "sobre", "su", "sus", "un", "una", "y",
};

static const qa_phrase furniture[] = {
    {"accesibilidad", QA_FOOTER},
    {"aceptar", QA_CONSENT},
    {"aceptar cookies", QA_CONSENT},
    {"aceptar todas", QA_CONSENT},
    {"aceptar todas las cookies", QA_CONSENT},
    {"aceptar todo", QA_CONSENT},
    {"actualizado", QA_STAMP},
    {"actualizado el", QA_STAMP},
    {"anuncio", QA_CHROME},
    {"artículos relacionados", QA_LINKS | QA_TRAILER},
    {"aviso de privacidad", QA_FOOTER},
    {"aviso legal", QA_FOOTER},
    {"buscar", QA_HEADER},
    {"cerrar", QA_HEADER},
    {"comentarios", QA_TRAILER},
    {"compartir", QA_CHROME},
    {"configurar cookies", QA_CONSENT},
    {"contacto", QA_FOOTER},
    {"contraer todo", QA_CHROME},
    {"contáctanos", QA_FOOTER},
    {"deja tu comentario", QA_TRAILER},
    {"deja un comentario", QA_TRAILER},
    {"deja una respuesta", QA_TRAILER},
    {"esta página fue útil", QA_CHROME},
    {"este artículo fue útil", QA_CHROME},
    {"expandir todo", QA_CHROME},
    {"fecha de publicación", QA_STAMP},
    {"fue útil este artículo", QA_CHROME},
    {"imprimir", QA_CHROME},
    {"iniciar sesión", QA_HEADER},
    {"ir al contenido", QA_HEADER},
    {"ir al contenido principal", QA_HEADER},
    {"ir arriba", QA_CHROME},
    {"lee también", QA_LINKS},
    {"mapa del sitio", QA_FOOTER},
    {"menú", QA_HEADER},
    {"mostrar todo", QA_CHROME},
    {"necesitas más ayuda", QA_TRAILER},
    {"noticias relacionadas", QA_LINKS | QA_TRAILER},
    {"ocultar todo", QA_CHROME},
    {"política de cookies", QA_FOOTER},
    {"política de privacidad", QA_FOOTER},
    {"preguntas relacionadas", QA_TRAILER},
    {"publicado", QA_STAMP},
    {"publicado el", QA_STAMP},
    {"publicidad", QA_CHROME},
    {"quiénes somos", QA_FOOTER},
    {"rechazar", QA_CONSENT},
    {"rechazar todo", QA_CONSENT},
    {"saltar al contenido", QA_HEADER},
    {"saltar al contenido principal", QA_HEADER},
    {"sobre nosotros", QA_FOOTER},
    {"suscribirse", QA_SIGNUP},
    {"suscríbete", QA_SIGNUP},
    {"sí no", QA_CHROME},
    {"también te puede interesar", QA_LINKS | QA_TRAILER},
    {"te ha resultado útil", QA_CHROME},
    {"te puede interesar", QA_LINKS | QA_TRAILER},
    {"términos y condiciones", QA_FOOTER},
    {"ver respuesta", QA_CHROME},
    {"volver a preguntas frecuentes", QA_CHROME},
    {"volver arriba", QA_CHROME},
    {"última actualización", QA_STAMP},
};

static const char *const months[] = {
    "abr", "abril", "ago", "agosto", "dic", "diciembre", "ene", "enero",
    "feb", "febrero", "jul", "julio", "jun", "junio", "mar", "marzo", "may",
    "mayo", "nov", "noviembre", "oct", "octubre", "sep", "septiembre",
    "setiembre",
};

static const char *const faq_names[] = {
    "faq",
    "faqs",
    "preguntas frecuentes",
    "preguntas y respuestas",
};

const qa_lang qa_lang_es = {"es", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
