System.Console.WriteLine("codegen");
