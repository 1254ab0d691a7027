import Activa
