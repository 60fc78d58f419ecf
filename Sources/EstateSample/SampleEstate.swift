import EstateCore
