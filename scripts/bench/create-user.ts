// Creates a user with the app's defaults and prints its id (run with --conditions=react-server).
// With --existing, prints the id of the account with that email instead (it must exist).
import { createUserWithDefaults, findUserForSignIn } from "@/lib/data/users";

const [email, password, flag] = process.argv.slice(2);
if (flag === "--existing") {
  const user = await findUserForSignIn(email!);
  if (!user) {
    console.error(`no account ${email}: run npm run seed:history first`);
    process.exit(1);
  }
  console.log(user.id);
} else {
  const user = await createUserWithDefaults({ email: email!, name: "Bench User", password: password! });
  console.log(user.id);
}
process.exit(0);
