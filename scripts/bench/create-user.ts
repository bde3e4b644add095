// Creates a user with the app's defaults and prints its id (run with --conditions=react-server).
import { createUserWithDefaults } from "@/lib/data/users";

const [email, password] = process.argv.slice(2);
const user = await createUserWithDefaults({ email: email!, name: "Bench User", password: password! });
console.log(user.id);
process.exit(0);
